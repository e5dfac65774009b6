/** The ids a form field's parts carry, so labels, hints, errors and the error summary can point at them. */
export function fieldIds(formId: string, name: string) {
  const id = `${formId}-${name}`;
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

export function describedBy(ids: ReturnType<typeof fieldIds>, hint?: string, error?: string): string | undefined {
  return [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
}

/**
 * Runtime lists of a contract enumeration, checked against the generated type: the compiler
 * rejects a list that misses a value (or names one the contract does not know), so a new
 * enumeration value in openapi.yaml shows up as a type error after `npm run gen:api`.
 */
export function enumValues<T extends string>() {
  return <const A extends readonly T[]>(
    values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> }),
  ): A => values;
}

import './ContactLinks.css';

/** `+49 7141 123456` → `tel:+497141123456`: a dialable number without the reading aids. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number that calls when tapped. */
export function PhoneLink({ phone }: { phone: string | undefined }) {
  return phone ? (
    <a className="kern-link contact-link" href={telHref(phone)}>
      {phone}
    </a>
  ) : null;
}

/** An e-mail address that opens the mail app. */
export function EmailLink({ email }: { email: string | undefined }) {
  return email ? (
    <a className="kern-link contact-link" href={`mailto:${email}`}>
      {email}
    </a>
  ) : null;
}

/** Phone and e-mail of a person, one under the other (a list cell or card fact). */
export function ContactLinks({ phone, email }: { phone?: string; email?: string }) {
  if (!phone && !email) return null;
  return (
    <span className="contact-links">
      <PhoneLink phone={phone} />
      <EmailLink email={email} />
    </span>
  );
}

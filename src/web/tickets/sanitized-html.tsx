/**
 * A message or ticket body_html field as the SERVER sanitized it (allow-listed
 * tags, only http/https/mailto links, no attributes but link ones). This is
 * the one place the app renders HTML; everything else a user wrote is text.
 */
export function ServerSanitizedHtml({ html }: { html: string }) {
  return <div className="cd-message-body" data-testid="message-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

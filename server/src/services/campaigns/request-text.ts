import { countSmsSegments } from '@rebound/shared';
import { feedbackMergeFields, renderTemplate, validateTemplate } from '../../mail/index.ts';
import { buildRequestText } from '../sms/sms-send-policy.ts';

/** We add the link to every text ourselves, so a template may neither place nor repeat it. */
export const smsMergeFields: readonly string[] = feedbackMergeFields.filter(
  (f) => f !== 'feedbackUrl' && f !== 'unsubscribeUrl',
);
/** A text longer than this costs several messages per client for one question; the editor says so first. */
export const maxSmsSegments = 3;

const linkField = /\{\{\s*(feedbackUrl|unsubscribeUrl)\b/;

/** The link a text carries: the same feedback page as the e-mail's, through a hop that notes the channel. */
export function textLinkFor(publicUrl: string, token: string): string {
  return `${publicUrl}/s/${token}`;
}

// As long as a real token, so the preview counts the same characters a client's text will have.
const previewTextToken = 'preview-link-not-valid'.padEnd(43, '0');

/** Errors in a text template, before any client's values are known. */
export function checkSmsTemplate(template: string): string[] {
  if (!template.trim()) return ['Write the words of the text message'];
  if (linkField.test(template))
    return ['The link and how to stop are added to every text; leave {{feedbackUrl}} out'];
  const result = validateTemplate(template, smsMergeFields);
  return result.ok ? [] : result.errors;
}

export type RequestTextInput = {
  businessName: string;
  template: string;
  clientName: string;
  locationName: string;
  senderName: string;
  link: string;
};

/**
 * The text one client gets. Every text (so the first one a number receives too) starts with the business
 * name and ends with how to stop: `buildRequestText` adds both, whatever the template says.
 */
export function renderRequestText(input: RequestTextInput): string {
  const clientName = input.clientName.trim();
  const [firstName = '', ...rest] = clientName.split(/\s+/);
  const words = renderTemplate(
    input.template,
    {
      clientName,
      firstName,
      lastName: rest.join(' '),
      businessName: input.businessName,
      locationName: input.locationName,
      senderName: input.senderName,
    },
    'text',
  );
  return buildRequestText(input.businessName, words.replace(/\s+/g, ' '), input.link);
}

/** The text a sample client would get, with a link as long as a real one so its length is the real length. */
export function renderSampleText(
  input: Omit<RequestTextInput, 'clientName' | 'link'> & { publicUrl: string },
): string {
  return renderRequestText({
    ...input,
    clientName: 'Sam Sample',
    link: textLinkFor(input.publicUrl, previewTextToken),
  });
}

/** The segment limit, checked on a sample text once the business name and address are known. */
export function checkSmsLength(sample: string): string[] {
  const count = countSmsSegments(sample);
  return count.segments > maxSmsSegments
    ? [
        `This text takes ${count.segments} messages (${count.encoding}); shorten it to ${maxSmsSegments} at most`,
      ]
    : [];
}

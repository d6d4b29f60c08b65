// The page's service menu: names only (the fingerprint tables stay in the worker).
import type { ProviderId } from '../advice/types.ts';

/**
 * The services' names for the page's service menu, without loading the fingerprint tables
 * (providers.ts) into the page; tests/unit/domaincheck/link.test.ts keeps them equal to providerName().
 */
export const SERVICE_NAMES: Readonly<Record<ProviderId, string>> = {
  'amazon-ses': 'Amazon SES',
  sendgrid: 'SendGrid (Twilio)',
  mailgun: 'Mailgun (Sinch)',
  postmark: 'Postmark (ActiveCampaign)',
  sparkpost: 'SparkPost (Bird)',
  mandrill: 'Mailchimp Transactional (Mandrill)',
  mailchimp: 'Mailchimp (marketing)',
  brevo: 'Brevo (Sendinblue)',
  'google-workspace': 'Google Workspace / Gmail',
  'microsoft-365': 'Microsoft 365 / Exchange Online',
  zoho: 'Zoho Mail',
  salesforce: 'Salesforce',
  'salesforce-marketing-cloud': 'Salesforce Marketing Cloud',
  hubspot: 'HubSpot',
  zendesk: 'Zendesk',
  resend: 'Resend',
  mailjet: 'Mailjet (Sinch)',
  klaviyo: 'Klaviyo',
  'constant-contact': 'Constant Contact',
  freshdesk: 'Freshdesk (Freshworks)',
  intercom: 'Intercom',
};

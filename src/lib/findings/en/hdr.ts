// Header inspector (src/lib/message/header-info.ts): a short note on each common header field, and on
// families of fields known by their prefix.
export const hdr = {
  // RFC 5322 originator and destination
  'hdr.from': 'The author as shown to the reader. This is the address DMARC protects: SPF or DKIM must pass for a domain aligned with it.',
  'hdr.sender': 'Who actually sent the message when it differs from From, e.g. a secretary or a list. DMARC ignores it.',
  'hdr.reply-to': 'Where replies go instead of the From address. Not authenticated by SPF, DKIM or DMARC.',
  'hdr.to': 'The primary recipients as the author addressed them. The envelope recipients (RCPT TO) can differ, e.g. for Bcc or lists.',
  'hdr.cc': 'Carbon-copy recipients, visible to everyone.',
  'hdr.bcc': 'Blind-copy recipients. Usually removed before sending, so seeing it means it was kept by the sender or the mail client.',
  'hdr.subject': 'The subject line. Non-ASCII text is written as RFC 2047 encoded-words (=?charset?B?...?=).',
  'hdr.date': "When the author's mail program submitted the message (RFC 5322 section 3.6.1), in the sender's clock and time zone.",
  'hdr.message-id': 'A unique identifier for this message, normally <something@sending-domain>. Replies refer to it in In-Reply-To and References.',
  'hdr.in-reply-to': 'The Message-ID of the message this one replies to.',
  'hdr.references': 'The Message-IDs of the earlier messages in the thread, oldest first.',
  'hdr.mime-version': 'Declares the message uses MIME (RFC 2045); the value is always 1.0.',
  'hdr.content-type': 'The media type of the body (text/plain, text/html, multipart/alternative, ...) and its parameters such as charset and boundary.',
  'hdr.content-transfer-encoding': 'How the body is encoded for transport: 7bit, 8bit, quoted-printable or base64.',
  'hdr.content-language': 'The language of the content, as a language tag such as en or ja.',
  'hdr.content-disposition': 'Whether a part is shown inline or is an attachment, and its file name.',
  // trace
  'hdr.return-path':
    'The envelope sender (SMTP MAIL FROM), written by the final server at delivery. Bounces go here; SPF checks this domain, and DMARC counts SPF only when it aligns with From.',
  'hdr.received':
    "One hop: every server that handles the message adds a Received field at the top, so they read from the bottom (oldest) up. Only those added by the receiver's own servers can be trusted; the ones below can be forged.",
  'hdr.x-received': "Google's internal record of a hop. It is not a Received field and is not ordered with them.",
  'hdr.delivered-to': 'The mailbox the message was delivered to (added at delivery by Gmail, Postfix and others).',
  'hdr.x-original-to': 'The recipient address as given in the envelope, before aliases or forwarding rewrote it (Postfix).',
  'hdr.envelope-to': 'The envelope recipient(s) at delivery (Exim).',
  'hdr.x-envelope-from': 'The envelope sender (MAIL FROM) as a server recorded it.',
  'hdr.x-originating-ip': 'The IP address of the client that submitted the message, as recorded by some webmail and submission services.',
  // authentication
  'hdr.dkim-signature':
    'A DKIM signature (RFC 6376) by the domain in d=. It covers the header fields listed in h= and a hash of the body (bh=); the public key is in DNS at <s=>._domainkey.<d=>.',
  'hdr.x-google-dkim-signature': "Google's internal DKIM signature, used between Google's own servers. Other receivers ignore it.",
  'hdr.domainkey-signature': 'A DomainKeys signature (RFC 4870), the obsolete predecessor of DKIM. Receivers no longer check it.',
  'hdr.authentication-results':
    "The receiver's record of the SPF, DKIM, DMARC and other checks it ran (RFC 8601). Trust only the one added by your own provider: its first word, the authserv-id, names the server that wrote it.",
  'hdr.received-spf': 'The result of an SPF check (RFC 7208 section 9.1): the verdict, then the client IP, HELO name and envelope sender that were checked.',
  'hdr.arc-seal':
    'ARC (RFC 8617): a signature over this hop and the ARC fields before it, with cv= saying whether the chain the hop received was valid. i= numbers the hop.',
  'hdr.arc-message-signature': 'ARC (RFC 8617): a DKIM-like signature of the message as this intermediary (a list or forwarder) saw it. i= numbers the hop.',
  'hdr.arc-authentication-results':
    'ARC (RFC 8617): a copy of the authentication results this intermediary saw when the message reached it, so a later receiver can trust them if the chain validates. i= numbers the hop.',
  'hdr.bimi-selector': 'Set by the sender: which BIMI record (selector) to use for the brand logo, at <s=>._bimi.<domain>.',
  'hdr.bimi-location':
    "Added by the receiver after checking BIMI: where it found the brand's logo (and certificate). A sender's own copy should be removed by the receiver.",
  'hdr.bimi-indicator': 'Added by the receiver after checking BIMI: the brand logo itself (an SVG, base64-encoded), for the mail client to show.',
  'hdr.tls-required': 'With "No", the sender asks servers to deliver even when TLS cannot be used (RFC 8689).',
  // lists and bulk mail
  'hdr.list-unsubscribe':
    'How to unsubscribe (RFC 2369): a mailto: address and/or an https: link in angle brackets. Gmail and Yahoo require it of bulk senders.',
  'hdr.list-unsubscribe-post':
    'With "List-Unsubscribe=One-Click", the https: link in List-Unsubscribe unsubscribes with a single POST and no further page (RFC 8058). Required by Gmail and Yahoo for bulk mail since 2024.',
  'hdr.list-id': 'Identifies the mailing list the message came through (RFC 2919), so it can be filtered.',
  'hdr.feedback-id': "An identifier for Gmail's Feedback Loop, e.g. campaign:customer:type:sender, so the sender can see spam-complaint rates per campaign.",
  'hdr.cfbl-address': 'Where receivers may send complaint reports for this message (Complaint Feedback Loop, RFC 9477).',
  'hdr.cfbl-feedback-id': 'An identifier that the sender wants returned in complaint reports (RFC 9477).',
  'hdr.precedence':
    'A non-standard hint such as bulk, list or junk that asks auto-responders not to reply. The standard field for this is Auto-Submitted (RFC 3834).',
  'hdr.auto-submitted':
    'Whether the message was sent automatically (RFC 3834): auto-generated, auto-replied, or no. Auto-responders must not reply to auto-generated mail.',
  'hdr.x-auto-response-suppress': 'Asks Exchange and Outlook not to send automatic replies (out-of-office, read receipts, ...) to this message.',
  'hdr.x-ses-outgoing': 'Added by Amazon SES: the date and the IP address of the SES server that sent the message.',
  'hdr.x-mailer': 'The program that composed or sent the message, as it names itself.',
  'hdr.user-agent': 'The mail program that composed the message, as it names itself.',
  'hdr.organization': 'The organisation the sender belongs to, as the sender wrote it.',
  'hdr.disposition-notification-to': 'Asks for a read receipt to be sent to this address (RFC 8098). Clients usually ask the reader first.',
  'hdr.errors-to': 'An obsolete, non-standard address for bounces; servers use the envelope sender (Return-Path) instead.',
  'hdr.importance': 'The priority the sender set: low, normal or high.',
  'hdr.x-priority': 'The priority the sender set, 1 (highest) to 5 (lowest); 3 is normal.',
  'hdr.thread-index': 'Outlook/Exchange conversation tracking data (base64), used to group a thread.',
  'hdr.thread-topic': 'Outlook/Exchange: the conversation topic, usually the original subject.',
  // spam verdicts
  'hdr.x-forefront-antispam-report':
    "Microsoft 365's spam-filter report: connecting IP (CIP), country, SCL, spam verdict (SFV), category (CAT) and more, as KEY:value pairs.",
  'hdr.x-forefront-antispam-report-untrusted':
    "Microsoft 365's spam-filter report written by another tenant along the way; it is not this recipient's verdict.",
  'hdr.x-microsoft-antispam': 'Microsoft 365: the bulk complaint level (BCL) and, on some messages, the phishing confidence level (PCL).',
  'hdr.x-microsoft-antispam-untrusted': "Microsoft 365's X-Microsoft-Antispam from another tenant along the way; not this recipient's verdict.",
  'hdr.x-microsoft-antispam-mailbox-delivery':
    'Microsoft 365 mailbox delivery details, such as the folder chosen (dest:I Inbox, dest:J Junk). Microsoft does not document this field.',
  'hdr.x-microsoft-antispam-message-info': 'Microsoft 365 internal filtering data, encrypted; it cannot be read.',
  'hdr.x-ms-exchange-organization-scl':
    'The spam confidence level Exchange assigned: -1 (filtering skipped), 0-1 not spam, 5-6 spam, 7-9 high-confidence spam.',
  'hdr.x-ms-exchange-organization-authas':
    'How Exchange classed the sender, e.g. Anonymous (unauthenticated, as from the internet) or Internal (the same organisation).',
  'hdr.x-ms-exchange-organization-pcl': 'The phishing confidence level Exchange assigned: 1-3 not likely phishing, 4-8 likely phishing.',
  'hdr.x-ms-has-attach': 'Outlook/Exchange: "yes" when the message has attachments.',
  'hdr.x-ms-tnef-correlator': 'Outlook/Exchange: links the message to its TNEF (winmail.dat) data.',
  'hdr.x-originatororg': 'Microsoft 365: the tenant (organisation domain) the message came from.',
  'hdr.x-spam-status': "SpamAssassin's verdict: Yes or No, the score, the required score, and the names of the rules that matched (tests=).",
  'hdr.x-spam-flag': 'YES when a spam filter (usually SpamAssassin) classed the message as spam.',
  'hdr.x-spam-score': 'The score a spam filter gave the message; higher is more likely spam.',
  'hdr.x-spam-level': 'The spam score drawn as stars: one * per whole point.',
  'hdr.x-spam-report': "SpamAssassin's detailed report: each rule that matched, its points and a description.",
  'hdr.x-gm-message-state': "Google's internal data about the message; it cannot be read.",
  'hdr.x-google-smtp-source': "Google's internal identifier for the sending request; it cannot be read.",
  // families: header names explained by their prefix
  'hdr.family.x-ms-exchange-crosstenant':
    'Microsoft 365 metadata about routing between tenants (organisations): sender tenant, original arrival time, authentication type and so on.',
  'hdr.family.x-ms-exchange': 'Microsoft Exchange / Microsoft 365 internal processing data, added as the message passes through Exchange.',
  'hdr.family.x-microsoft': 'Microsoft 365 processing data.',
  'hdr.family.arc': 'Part of an ARC chain (RFC 8617), which lets intermediaries such as lists and forwarders vouch for the authentication results they saw.',
  'hdr.family.bimi': 'Part of BIMI (Brand Indicators for Message Identification), which lets a mail client show a verified brand logo.',
  'hdr.family.list': 'Mailing-list information (RFC 2369): ways to post, get help, subscribe or reach the list owner.',
  'hdr.family.resent': 'Added when a user re-sent (redirected) the message, recording who, when and to whom (RFC 5322 section 3.6.6).',
  'hdr.family.x-spam': 'Information from a spam filter, usually SpamAssassin.',
} as const;

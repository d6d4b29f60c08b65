// The mbox view: the summary by sending source and the paged message list.
export const mbox = {
  'mbox.sources': 'By sending source',
  'mbox.col.fromDomain': 'From domain',
  'mbox.col.source': 'Sending service / MAIL FROM',
  'mbox.col.count': 'Messages',
  'mbox.col.pass': 'DMARC pass',
  'mbox.col.fail': 'DMARC fail',
  'mbox.col.spfAligned': 'SPF aligned',
  'mbox.col.dkimAligned': 'DKIM aligned',
  'mbox.col.unaligned': 'Neither aligned',
  'mbox.sortBy': 'Sort by {column}',
  'mbox.messages': 'Messages',
  'mbox.showMore': 'Show {n} more',
  'mbox.shown': 'Showing {shown} of {total}.',
} as const;

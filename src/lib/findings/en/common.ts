// Words shared by every area: actors, importance, requirement statuses.
export const common = {
  'actor.owner': 'the domain owner',
  'actor.service': 'the sending service',
  'actor.forwarder': 'the forwarder',
  'actor.list': 'the mailing-list operator',
  'actor.receiver': 'the receiver’s administrator',
  'actor.none': 'nobody',
  'importance.required': 'Required',
  'importance.recommended': 'Recommended',
  'importance.optional': 'Optional hardening',
  'importance.info': 'For information',
} as const;

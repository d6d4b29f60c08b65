// A sending-service detection as the planner receives it (high confidence, no evidence), for
// tests that plan fixes per provider without a message.
import { PROVIDERS, type Detection, type ProviderId } from '../../src/lib/advice/index.ts';

export const detection = (id: ProviderId, extra: Partial<Detection> = {}): Detection => ({
  id,
  name: PROVIDERS.find((p) => p.id === id)!.name,
  confidence: 'high',
  score: 9,
  evidence: [],
  captures: {},
  candidates: [],
  notes: [],
  ...extra,
});

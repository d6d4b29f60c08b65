// The message (src/lib/message, src/lib/authres, src/lib/share): input repairs, headers, Received, explanations.
import type { msg as en } from '../en/msg.ts';

export const msg: Readonly<Record<keyof typeof en, string>> = {};

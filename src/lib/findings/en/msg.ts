// The message (src/lib/message, src/lib/authres, src/lib/share): input repairs, headers, Received, explanations.
export const msg = {} as const;

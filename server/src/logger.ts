import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; anything that looks like a secret is redacted before it is written. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'rebound' },
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'secret',
          '*.secret',
          'refreshToken',
          '*.refreshToken',
          'accessToken',
          '*.accessToken',
          'apiKey',
          '*.apiKey',
          'req.headers.cookie',
          'req.headers.authorization',
          'headers.cookie',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

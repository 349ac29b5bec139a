import pino, { type Logger } from 'pino';

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
}

/**
 * JSON logs without personal data: no client IPs, no headers, and URLs without their query
 * strings (the fit form puts a person's skills and degree in the query).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    serializers: {
      req: (req: RequestLike) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Request logs are info-level: whether a logger at `level` writes them. */
export const logsRequests = (level: string): boolean => level === 'info' || level === 'debug' || level === 'trace';

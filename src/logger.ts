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
export function createLogger(level: string): Logger {
  return pino({
    level,
    serializers: {
      req: (req: RequestLike) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

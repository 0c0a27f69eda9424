// Its own module, so that the fetch helper (internal/fetch-text.ts), which the quiz uses too, throws
// its errors as this class without loading the feed modules: one error class rather than two in the
// CDN files, smaller. Those errors never reach a page; normalize.ts exports this class as it was.
export class FeedError extends Error {
  constructor(readonly reason: 'parse' | 'format', message: string) {
    super(message);
  }
}

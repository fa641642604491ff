/** YouTube pages Rapport reads. Pure predicates over a URL. */
const HOST = 'www.youtube.com';

/** `/watch?v=<11-character id>`: the watch page, whose comments are the items. */
export const isWatch = (url: URL) => url.hostname === HOST && url.pathname === '/watch' && /^[\w-]{11}$/.test(url.searchParams.get('v') ?? '');

export const pages = {
  watch: isWatch,
};

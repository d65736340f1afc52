/** Today's date in Beijing time (business dates follow Asia/Shanghai), as YYYY-MM-DD. */
export const todayInShanghai = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

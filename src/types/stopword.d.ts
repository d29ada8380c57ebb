/** stopword ships no types: each export named by an ISO 639-3 code is a list of stop words. */
declare module 'stopword' {
  export const eng: string[];
}

// Types of security-headers.cjs (plain JavaScript, because next.config.js requires it).
export interface Header {
  key: string;
  value: string;
}
export declare const siteHeaders: Header[];
export declare const embedHeaders: Header[];
export declare const EMBED_PREFIX: string;

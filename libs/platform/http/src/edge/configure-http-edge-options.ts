/** OpenAPI document settings. */
export interface OpenApiOptions {
  title: string;
  version: string;
  description: string;
}

/** Options of {@link configureHttpEdge}. */
export interface ConfigureHttpEdgeOptions {
  /** The service name (titles the documentation page). */
  service: string;
  /** Largest JSON or form body accepted (bytes or a size like `'1mb'`); larger bodies get 413. Default `'1mb'`. */
  bodyLimit?: string | number;
  /** OpenAPI: UI at `/docs`, JSON at `/docs-json`. Omit to serve no documentation. */
  docs?: OpenApiOptions;
}

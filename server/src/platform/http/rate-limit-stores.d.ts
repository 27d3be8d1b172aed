/** Types of @fastify/rate-limit's two store classes, which the package ships without them. */
declare module '@fastify/rate-limit/store/*.js' {
  type Counted = { current: number; ttl: number };
  class Store {
    constructor(continueExceeding: boolean, exponentialBackoff: boolean, ...rest: unknown[]);
    incr(
      key: string,
      done: (error: Error | null, result?: Counted) => void,
      timeWindow: number,
      max: number,
    ): void;
    child(routeOptions: unknown): Store;
  }
  export default Store;
}

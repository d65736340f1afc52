import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/**
 * Whether this process should receive traffic: set once start-up (migrations under the lock,
 * reference data) has finished, cleared when shutdown begins so the load balancer drains the
 * replica before its connections close.
 */
@Injectable()
export class Readiness implements BeforeApplicationShutdown {
  private started = false;
  private stopping = false;

  markStarted(): void {
    this.started = true;
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  get state(): 'starting' | 'ready' | 'stopping' {
    return this.stopping ? 'stopping' : this.started ? 'ready' : 'starting';
  }
}

import { putChange, timestampSettings, type OpenVault } from '@steady/core/vault';
import type { VaultApi } from './api.ts';
import { Observable } from './observable.ts';
import type { Stamper, StamperOptions } from './stamper.ts';

export interface TimestampState {
  /** This device asks for trusted timestamps (the person turned them on here). */
  readonly on: boolean;
  /** The stored choice could not be read: off, and nothing overwrites it. */
  readonly unreadable: boolean;
}

const INITIAL: TimestampState = { on: false, unreadable: false };

/**
 * Trusted timestamps on this device (issue 19): the person's choice (a local record,
 * never synced) and, while it is on and the vault open, the stamper, whose code
 * (stamper.ts, with pkijs) loads only then. Looked at after unlock, after a save of an
 * entry and after a sync; a lock stops it at once.
 */
export class TimestampPart {
  readonly state = new Observable<TimestampState>(INITIAL);
  #vault: OpenVault | null = null;
  #api: VaultApi | null = null;
  #stamper: Stamper | null = null;
  #starting: Promise<void> | null = null;

  constructor(
    private readonly base: () => string,
    private readonly load: () => Promise<(options: StamperOptions) => Stamper> = async () =>
      (await import('./stamper.ts')).startStamper,
  ) {}

  opened(vault: OpenVault, api: VaultApi): void {
    this.#vault = vault;
    this.#api = api;
    this.state.set(INITIAL);
    vault.read(timestampSettings, 'timestamps').then(
      (read) => {
        if (this.#vault !== vault || read === undefined) return;
        if (!read.ok) {
          this.state.set({ on: false, unreadable: true });
          return;
        }
        this.state.set({ on: read.value.on, unreadable: false });
        if (read.value.on) this.#start(vault);
      },
      // Locked meanwhile: nothing to start.
      () => undefined,
    );
  }

  /** Entries may lack receipts now (a save, a sync): the stamper looks, if it runs. */
  changed(): void {
    this.#stamper?.poke();
  }

  closed(): void {
    this.#stamper?.stop();
    this.#stamper = null;
    this.#starting = null;
    this.#vault = null;
    this.#api = null;
    this.state.set(INITIAL);
  }

  /** Turns timestamps on or off here; refused while the stored choice is unreadable. */
  async set(on: boolean): Promise<void> {
    const vault = this.#vault;
    if (!vault) throw new Error('vault is locked');
    if (this.state.value.unreadable) throw new Error('timestamp settings unreadable');
    await vault.write([putChange(timestampSettings, 'timestamps', { on })]);
    if (this.#vault !== vault) return;
    this.state.set({ on, unreadable: false });
    if (on) this.#start(vault);
    else {
      this.#stamper?.stop();
      this.#stamper = null;
      this.#starting = null;
    }
  }

  #start(vault: OpenVault): void {
    if (this.#stamper) {
      this.#stamper.poke();
      return;
    }
    if (this.#starting) return;
    const starting = this.load().then(
      (startStamper) => {
        const api = this.#api;
        if (this.#starting !== starting || this.#vault !== vault || !api) return;
        this.#starting = null;
        this.#stamper = startStamper({ vault: api, base: this.base() });
        this.#stamper.poke();
      },
      // The code could not load (offline before it was cached): tried at the next unlock.
      () => {
        if (this.#starting === starting) this.#starting = null;
      },
    );
    this.#starting = starting;
  }
}

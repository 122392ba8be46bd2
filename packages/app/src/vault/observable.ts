import { useEffect, useState } from 'preact/hooks';

/**
 * One piece of app state that screens follow: a value, and a way to be told when it
 * changes. Every part of the session (the lock, the lock settings, server backup, the
 * duress passphrase) is one, and a screen follows it with useObservable.
 */
export class Observable<T> {
  #value: T;
  readonly #listeners = new Set<(value: T) => void>();

  constructor(value: T) {
    this.#value = value;
  }

  get value(): T {
    return this.#value;
  }

  /** A new value; listeners hear of it at once. */
  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const listener of this.#listeners) listener(value);
  }

  /** A change to the current value. */
  update(change: (current: T) => T): void {
    this.set(change(this.#value));
  }

  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The observable's value, re-rendering whenever it changes. */
export function useObservable<T>(observable: Observable<T>): T {
  const [value, setValue] = useState(() => observable.value);
  useEffect(() => {
    // A change between the first render and this subscription is caught here.
    setValue(() => observable.value);
    return observable.subscribe((next) => setValue(() => next));
  }, [observable]);
  return value;
}

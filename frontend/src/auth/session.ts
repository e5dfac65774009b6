/** The tokens the app needs of a signed-in user (oidc-client-ts' `User` has them). */
export interface Tokens {
  access_token: string;
}

/** What the session needs of the OpenID Connect client; oidc-client-ts' `UserManager` provides it. */
export interface IdentityProvider {
  signinRedirect(args: { state: string }): Promise<void>;
  signinSilent(): Promise<Tokens | null>;
  signinPopup(args: { popupAbortOnClose: boolean }): Promise<Tokens>;
  signoutRedirect(): Promise<void>;
}

/**
 * - `signed-in`: a user with tokens in memory.
 * - `signed-out`: after signing out (or after returning to a page that was about to sign in).
 * - `offline`: the app was opened without a connection, so nobody could sign in.
 * - `unavailable`: the identity provider could not be reached or refused the sign-in.
 */
export type SessionStatus = 'signed-in' | 'signed-out' | 'offline' | 'unavailable';

/** The question "sign in again?" after the session ended mid-work: not asked, asked, popup open, or asked again after a failed try. */
export type Prompt = 'none' | 'open' | 'busy' | 'failed';

export interface SessionState {
  status: SessionStatus;
  prompt: Prompt;
}

/** The path, query and fragment of the current page: where a sign-in by redirect returns to. */
export const currentPath = () => window.location.pathname + window.location.search + window.location.hash;

/**
 * The signed-in user's session: the access token for the API, and what to do when the API says 401
 * (renew silently, else ask the user to sign in again in a popup, so that the page and what was
 * typed stay as they are).
 */
export class Session {
  private tokens: Tokens | null;
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private recovery: Promise<string | undefined> | null = null;
  private answer: ((token: string | undefined) => void) | null = null;

  constructor(
    private readonly idp: IdentityProvider,
    status: SessionStatus,
    tokens: Tokens | null = null,
  ) {
    this.tokens = tokens;
    this.state = { status, prompt: 'none' };
  }

  get accessToken(): string | undefined {
    return this.state.status === 'signed-in' ? this.tokens?.access_token : undefined;
  }

  /** New tokens, e.g. from the automatic renewal before the access token expires. */
  setTokens(tokens: Tokens) {
    this.tokens = tokens;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getState = () => this.state;

  /** Signs in by redirect; afterwards the app opens `returnTo` (the current page by default). */
  signIn(returnTo = currentPath()): Promise<void> {
    return this.idp.signinRedirect({ state: returnTo });
  }

  /** Ends the session at the identity provider, which then sends the browser to the signed-out page. */
  signOut(): Promise<void> {
    return this.idp.signoutRedirect();
  }

  /**
   * After a 401: a fresh access token, from the refresh token while the session at the identity
   * provider lives, otherwise once the user has signed in again in the popup that the dialog offers.
   * `undefined` when the user declines. Requests failing at the same time share one recovery.
   */
  recover(): Promise<string | undefined> {
    if (this.state.status !== 'signed-in') return Promise.resolve(undefined);
    this.recovery ??= this.renewOrAsk().finally(() => {
      this.recovery = null;
    });
    return this.recovery;
  }

  /** The dialog's button. Runs in the click, or the browser would block the popup. */
  async signInAgain(): Promise<void> {
    this.update({ prompt: 'busy' });
    try {
      this.tokens = await this.idp.signinPopup({ popupAbortOnClose: true });
      this.answerWith(this.tokens.access_token);
    } catch {
      // Popup blocked, closed, or the sign-in failed: the question stays, with a hint.
      if (this.answer) this.update({ prompt: 'failed' });
    }
  }

  /** The dialog was closed without signing in: the waiting requests fail with their 401. */
  dismiss() {
    this.answerWith(undefined);
  }

  private async renewOrAsk(): Promise<string | undefined> {
    try {
      const tokens = await this.idp.signinSilent();
      if (tokens) {
        this.tokens = tokens;
        return tokens.access_token;
      }
    } catch {
      // The refresh token is no longer valid (the session at the identity provider has ended).
    }
    return new Promise((resolve) => {
      this.answer = resolve;
      this.update({ prompt: 'open' });
    });
  }

  private answerWith(token: string | undefined) {
    const answer = this.answer;
    this.answer = null;
    if (this.state.prompt !== 'none') this.update({ prompt: 'none' });
    answer?.(token);
  }

  private update(change: Partial<SessionState>) {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
}

// The JSON API, called with the analyst's key. The key lives in sessionStorage: it is gone when the tab closes
// and is never written into the page or a URL.
const KEY = 'kordon.apiKey';
const ANALYST = 'kordon.analyst';

export function apiKey() {
  return sessionStorage.getItem(KEY) || '';
}

export function analyst() {
  return sessionStorage.getItem(ANALYST) || '';
}

export function saveCredentials(key, name) {
  if (key) {
    sessionStorage.setItem(KEY, key);
  } else {
    sessionStorage.removeItem(KEY);
  }
  if (name) {
    sessionStorage.setItem(ANALYST, name);
  } else {
    sessionStorage.removeItem(ANALYST);
  }
}

/** An answer other than 2xx, with the problem JSON's detail and field when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem, text) {
    const detail = problem && problem.detail ? problem.detail : (text || 'HTTP ' + status);
    super(detail);
    this.status = status;
    this.field = problem ? problem.field : undefined;
  }

  describe() {
    if (this.status === 401) {
      return 'The server needs an API key: enter it at the top of the page (' + this.message + ').';
    }
    if (this.status === 403) {
      return this.field === 'analyst' ? 'Not allowed: ' + this.message : 'This needs a write key: ' + this.message;
    }
    return 'Error ' + this.status + ': ' + this.message;
  }
}

/** Calls the API: api('GET', '/alerts?status=open') or api('POST', '/screen', {...}). */
export async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const key = apiKey();
  if (key) {
    headers['X-Api-Key'] = key;
  }
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, data, text);
  }
  return data;
}

export function q(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      u.set(k, String(v));
    }
  }
  const s = u.toString();
  return s ? '?' + s : '';
}

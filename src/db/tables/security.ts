// Tables of the hardening work (#13): the login throttle.
export interface LoginThrottleTable {
  key: string;
  attempts: number;
  free: number;
  next_at: Date;
}

export interface SecurityTables {
  login_throttle: LoginThrottleTable;
}

import settings from './settings.json';

/**
 * The county's legal aid settings: defaults from settings.json, overridden by the function's
 * configuration, read at call time so a console change applies to the next invocation.
 */
export interface LegalAidConfig {
  /** 当地法律援助经济困难标准: household income per person per month, in yuan. */
  incomeStandardYuan: number;
  /** Days after an application is closed before its personal data and photos are purged. */
  retentionDays: number;
}

function numberFrom(envName: string, fallback: number): number {
  const raw = process.env[envName];
  const value = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function legalAidConfig(): LegalAidConfig {
  return {
    incomeStandardYuan: numberFrom(settings.incomeStandardEnv, settings.incomeStandardYuan),
    retentionDays: numberFrom(settings.retentionDaysEnv, settings.retentionDays),
  };
}

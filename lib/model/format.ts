const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$1,200/mo" */
export function formatMonthlyCost(value: number): string {
  return `${usd.format(value)}/mo`;
}

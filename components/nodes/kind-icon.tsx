import { memo } from 'react';
import { ICONS, type IconId } from '@/lib/catalog';

/** A catalog icon drawn inline (nothing is fetched). Decorative: the label names the thing. */
export const KindIcon = memo(function KindIcon({ icon, size = 20 }: { icon: IconId; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICONS[icon].map((d, i) => (
        <path key={i} d={d} />
      ))}
    </svg>
  );
});

/** The product mark: a shield with a tick, drawn inline (no remote assets). */
export function BrandMark({ size = 24 }: { size?: number }) {
  return (
    <svg class="brand-mark" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 2.2l8 3v6.1c0 5-3.4 8.9-8 10.5-4.6-1.6-8-5.5-8-10.5V5.2z" fill="#1d4ed8" />
      <path
        d="M8.2 12.2l2.6 2.6 5-5.4"
        fill="none"
        stroke="#fff"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'brand';

/**
 * Ant Design's preset tag colours put light text on light ground (orange, gold, green fail WCAG AA's
 * 4.5:1); these keep the same hues with text dark enough to read.
 */
const TONES: Record<Tone, CSSProperties | undefined> = {
  neutral: undefined,
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  brand: { color: '#ffffff', background: '#c8102e', borderColor: '#c8102e' },
};

export function ToneTag({ tone = 'neutral', children, style }: { tone?: Tone; children: ReactNode; style?: CSSProperties }) {
  return <Tag style={{ ...TONES[tone], ...style }}>{children}</Tag>;
}

import { InfoCircleOutlined } from '@ant-design/icons';

/** What a panel shows in place of figures (nothing to show, or not to be shown), legible on light and dark. */
export function PanelNotice({ children }: { children: string }) {
  return (
    <p className="view-notice">
      <InfoCircleOutlined aria-hidden /> {children}
    </p>
  );
}

import type { ThemeConfig } from 'antd';

/** A restrained government-portal look: deep blue primary, dense tables, small radii. */
export const BRAND_BLUE = '#1d4e89';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: BRAND_BLUE, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Table: { headerBg: '#f3f6fa', cellPaddingBlockSM: 6 },
    Card: { headerFontSize: 15 },
  },
};

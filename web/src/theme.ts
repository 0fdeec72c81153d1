// Ant Design theme. The primary blue is antd's blue-7 rather than the default blue-6 because blue-6 on white
// (about 4.0:1) falls short of the WCAG AA 4.5:1 contrast for normal text; blue-7 reaches about 5.9:1.
import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // The error red and the hovered or pressed blue darkened to AA contrast (4.5:1) on white and under white
    // text: antd's defaults (#ff4d4f, a lighter hover blue) fall short, and axe flags them.
    colorError: '#cf1322',
    colorErrorText: '#cf1322',
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    // antd greys secondary text at 45% black (about 3.4:1 on white); 62% keeps it quieter yet readable (AA).
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    // Placeholders (25% black by default, about 1.6:1) name the filters of the work queue: readable as text (AA).
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.62)',
    borderRadius: 6,
    // Chinese-capable system fonts first, so CJK text never falls back to boxes or a mismatched face.
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

// Colours of the permit pages, dark enough for WCAG AA (4.5:1) as text on white and under white text: antd's
// preset tag colours (green text on pale green, orange warning text) fall short and axe flags them.
export const GRANTED = '#237804'; // antd green-8, about 5.6:1 on white
export const PENDING = '#ad4e00'; // antd orange-8, about 5.9:1 on white

/** A state's tag colour (antd draws a hex colour as a filled tag with white text). */
export const STATE_COLOR: Record<string, string> = {
  applied: '#0958d9',
  valid: GRANTED,
  active: GRANTED,
  suspended: PENDING,
  expired: '#a8071a',
};

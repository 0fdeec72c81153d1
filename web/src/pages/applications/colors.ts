// Tag colours of the review page, dark enough for WCAG AA as filled tags with white text (antd's preset green/red/
// orange tags draw pale text and axe flags them). The same values as the permit pages' (permits/colors.ts).
export const MET = '#237804'; // antd green-8
export const NOT_MET = '#a8071a'; // antd red-8
export const REFER = '#ad4e00'; // antd orange-8

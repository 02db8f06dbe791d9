/** `remark-gfm` in the hint renderer's plugin list (see plain-hint.ts): nothing to add to plain text. */
export default function remarkGfm() {}

// The widget's stylesheet, inside its shadow root: the host page's CSS cannot reach in, ours cannot leak out.
// Theming goes through CSS custom properties, which do cross the shadow boundary (docs/widget.md).
export const STYLES = `
:host { all: initial; }
.root {
	all: initial;
	position: fixed; bottom: 16px; right: 16px; z-index: var(--switchboard-z-index, 2147483000);
	display: flex; flex-direction: column; align-items: flex-end; gap: 8px;
	font: 15px/1.4 var(--switchboard-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif);
	color: #1a1a1a; text-align: left; direction: ltr;
}
.root.left { right: auto; left: 16px; align-items: flex-start; }
* { box-sizing: border-box; font: inherit; color: inherit; margin: 0; letter-spacing: normal; text-transform: none; }
[hidden] { display: none !important; }
button, select, input, textarea { font: inherit; }
button {
	cursor: pointer; border: 0; border-radius: var(--switchboard-radius, 12px); padding: 8px 14px;
	background: var(--switchboard-accent, #1d4ed8); color: var(--switchboard-accent-text, #fff);
}
button.quiet { background: transparent; color: var(--switchboard-accent, #1d4ed8); text-decoration: underline; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible {
	outline: 3px solid #f59e0b; outline-offset: 2px;
}
.launcher { border-radius: 999px; padding: 12px 20px; box-shadow: 0 4px 14px rgba(0,0,0,.25); font-weight: 600; }
.invite, .panel {
	background: #fff; border: 1px solid #c8ccd2; border-radius: var(--switchboard-radius, 12px);
	box-shadow: 0 8px 28px rgba(0,0,0,.2);
}
.invite { max-width: 300px; padding: 14px; display: flex; flex-direction: column; gap: 10px; }
.invite .row { display: flex; gap: 8px; flex-wrap: wrap; }
.panel {
	width: min(380px, calc(100vw - 32px)); height: min(600px, calc(100vh - 32px));
	display: flex; flex-direction: column; overflow: hidden;
}
.head {
	display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 12px 14px;
	background: var(--switchboard-accent, #1d4ed8); color: var(--switchboard-accent-text, #fff);
}
.head h2 { font-weight: 600; font-size: 16px; }
.head .who { font-size: 13px; }
.head button { background: transparent; padding: 4px 10px; font-size: 20px; line-height: 1; }
.body { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px; }
form { display: flex; flex-direction: column; gap: 10px; }
label { display: flex; flex-direction: column; gap: 4px; font-size: 14px; }
label.check { flex-direction: row; align-items: flex-start; gap: 8px; }
input[type=text], input[type=email], select, textarea {
	border: 1px solid #767676; border-radius: 8px; padding: 8px; background: #fff; color: #1a1a1a; width: 100%;
}
.note { font-size: 13px; color: #444; background: #f4f6f8; padding: 8px 10px; border-radius: 8px; }
.error { color: #a40000; font-size: 14px; }
.log { display: flex; flex-direction: column; gap: 8px; }
.msg { max-width: 85%; display: flex; flex-direction: column; gap: 2px; }
.msg .meta { font-size: 12px; color: #555; }
.msg .text { padding: 8px 12px; border-radius: 14px; background: #eef0f3; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.mine { align-self: flex-end; align-items: flex-end; }
.msg.mine .text { background: var(--switchboard-accent, #1d4ed8); color: var(--switchboard-accent-text, #fff); }
.msg.unsent .text { opacity: .75; }
.event { align-self: center; font-size: 13px; color: #444; text-align: center; }
.status { min-height: 20px; padding: 0 14px; font-size: 13px; color: #444; }
.composer { display: flex; flex-direction: row; gap: 8px; padding: 10px 14px; border-top: 1px solid #d6d9de; align-items: flex-end; }
.composer textarea { resize: none; height: 44px; }
.rate { display: flex; flex-direction: column; gap: 10px; border-top: 1px solid #d6d9de; padding-top: 10px; }
.rate fieldset { border: 0; padding: 0; display: flex; gap: 6px; flex-wrap: wrap; }
.rate legend { margin-bottom: 6px; font-weight: 600; }
.rate fieldset label { flex-direction: row; align-items: center; gap: 4px; border: 1px solid #767676; border-radius: 8px; padding: 6px 8px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; padding: 0 14px 12px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 480px) {
	.root { bottom: 8px; right: 8px; left: 8px; align-items: stretch; }
	.root.left { left: 8px; }
	.panel { width: 100%; height: calc(100vh - 16px); }
	.launcher { align-self: flex-end; }
}
`;

// Puts the desk's stores and actions where every component can reach them; both values never change.
import type {ReactNode} from 'react';
import {DeskActionsContext, DeskStoresContext, type DeskStores} from './desk-context.js';
import type {DeskController} from './desk-controller.js';

export function DeskProvider({
	stores,
	actions,
	children,
}: {
	stores: DeskStores;
	actions: DeskController;
	children: ReactNode;
}) {
	return (
		<DeskStoresContext value={stores}>
			<DeskActionsContext value={actions}>{children}</DeskActionsContext>
		</DeskStoresContext>
	);
}

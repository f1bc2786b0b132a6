import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ConnectionState, Transport } from './transport';

const TransportContext = createContext<Transport | undefined>(undefined);

export function TransportProvider({ transport, children }: { transport: Transport; children: ReactNode }) {
  return <TransportContext.Provider value={transport}>{children}</TransportContext.Provider>;
}

export function useTransport(): Transport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('useTransport outside TransportProvider');
  return transport;
}

export function useApi() {
  return useTransport().api;
}

export function useConnectionState(): ConnectionState {
  const transport = useTransport();
  const [state, setState] = useState<ConnectionState>('connected');
  useEffect(() => transport.onConnection(setState), [transport]);
  return state;
}

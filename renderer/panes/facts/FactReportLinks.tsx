import { useState } from 'react';
import { useApi } from '../../api/TransportContext';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'claimreview', label: 'ClaimReview' },
] as const;

/** The story's fact-check report, saved as a file: CSV or JSON (every fact), or schema.org ClaimReview (claims with a verdict). */
export function FactReportLinks({ storyId }: { storyId: string }) {
  const api = useApi();
  const [error, setError] = useState<string | undefined>(undefined);
  const download = async (format: (typeof FORMATS)[number]['format']) => {
    try {
      const file = await api.getFactReport({ storyId, format });
      const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(undefined);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <p className="fact-report">
      Fact-check report:
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" className="link-button" onClick={() => void download(format)}>
          {label}
        </button>
      ))}
      {error && <span role="alert"> {error}</span>}
    </p>
  );
}

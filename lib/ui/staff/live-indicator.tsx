// The connection state of a live page (the inbox, the dashboard): a polite status with a
// symbol besides the words (not colour alone), and a reconnect button once it gave up.
// Labels come translated from the caller's "live" messages.
import type { LiveConnection } from "./live-feed";

const STATE_ICON: Record<LiveConnection, string> = { connecting: "○", live: "●", reconnecting: "◌", offline: "■" };

export function LiveIndicator(props: {
  connection: LiveConnection;
  onReconnect: () => void;
  title: string;
  state: string;
  /** What the state means for the page, when it is not live (null: say nothing more). */
  help: string | null;
  reconnectLabel: string;
}) {
  const { connection } = props;
  return (
    <div className="live-connection">
      <p className={`live-indicator live-indicator--${connection}`} aria-live="polite" data-testid="live-indicator" data-state={connection}>
        <span className="live-indicator-label">{props.title}:</span>{" "}
        <span className="live-indicator-state">
          <span aria-hidden="true" className="live-indicator-icon">
            {STATE_ICON[connection]}{" "}
          </span>
          {props.state}
        </span>
        {props.help && <span className="live-indicator-help"> {props.help}</span>}
      </p>
      {connection === "offline" && (
        <button type="button" className="button button--secondary button--small" onClick={props.onReconnect}>
          {props.reconnectLabel}
        </button>
      )}
    </div>
  );
}

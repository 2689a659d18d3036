import tokensCss from '@/styles/tokens.css?raw';

/** The custom properties of one theme block of tokens.css, in file order. */
function tokensOf(selector: ':root' | "[data-theme='dark']"): [string, string][] {
  const start = tokensCss.indexOf(`${selector} {`);
  const block = tokensCss.slice(start, tokensCss.indexOf('}', start));
  return [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]);
}

const light = tokensOf(':root');
const dark = new Map(tokensOf("[data-theme='dark']"));

/** Swatches of every colour token, light and dark side by side, read from the CSS the app uses. */
export function ColourTokens() {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'start' }}>Token</th>
          <th style={{ textAlign: 'start' }}>Light</th>
          <th style={{ textAlign: 'start' }}>Dark</th>
        </tr>
      </thead>
      <tbody>
        {light
          .filter(([name]) => name.startsWith('--inro-color-'))
          .map(([name, value]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              {[value, dark.get(name) ?? value].map((colour, i) => (
                <td key={i}>
                  <span
                    style={{
                      display: 'inline-block',
                      width: '2.5rem',
                      height: '1.5rem',
                      marginInlineEnd: '0.5rem',
                      verticalAlign: 'middle',
                      border: '1px solid #8888',
                      borderRadius: 4,
                      background: colour,
                    }}
                  />
                  <code>{colour}</code>
                </td>
              ))}
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The type scale, spacing and radii, each drawn at its real size. */
export function ScaleTokens({
  prefix,
}: {
  prefix: '--inro-font-size-' | '--inro-space-' | '--inro-radius-';
}) {
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <tbody>
        {light
          .filter(([name]) => name.startsWith(prefix))
          .map(([name, value]) => (
            <tr key={name}>
              <td style={{ paddingInlineEnd: '1rem' }}>
                <code>{name}</code> <small>{value}</small>
              </td>
              <td>
                {prefix === '--inro-font-size-' && (
                  <span style={{ fontSize: `var(${name})` }}>Free AI credits</span>
                )}
                {prefix === '--inro-space-' && (
                  <span
                    style={{
                      display: 'inline-block',
                      height: '1rem',
                      width: `var(${name})`,
                      background: 'var(--inro-color-accent)',
                    }}
                  />
                )}
                {prefix === '--inro-radius-' && (
                  <span
                    style={{
                      display: 'inline-block',
                      width: '3rem',
                      height: '2rem',
                      border: '2px solid var(--inro-color-accent)',
                      borderRadius: `var(${name})`,
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

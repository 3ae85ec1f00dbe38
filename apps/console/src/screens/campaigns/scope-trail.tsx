import { Breadcrumb } from 'antd';
import { shortUnitName, type TrailStep } from './chart-data';
import './campaign-view.css';

/** The way back up a drill-down (层级导航): each unit above the scope is a link to its view. */
export function ScopeTrail({ steps, onPick }: { steps: TrailStep[]; onPick(unitId: string): void }) {
  return (
    <nav aria-label="统计范围" className="scope-trail">
      <span className="scope-trail__label">统计范围：</span>
      <Breadcrumb
        items={steps.map((step, index) => ({
          key: step.id,
          title:
            index === steps.length - 1 ? (
              <span aria-current="page">{step.name}</span>
            ) : (
              <a
                href={`#scope-${step.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onPick(step.id);
                }}
              >
                {shortUnitName(step.name)}
              </a>
            ),
        }))}
      />
    </nav>
  );
}

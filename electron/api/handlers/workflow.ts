import type { Handlers } from '../dispatch';
import type { WorkflowService } from '../../services/workflowService';

export function workflowHandlers(workflow: WorkflowService): Pick<Handlers, 'getStoryWorkflow' | 'setStoryStatus' | 'recordCorrection' | 'updateStoryDetails'> {
  return {
    getStoryWorkflow: ({ id }) => workflow.workflow(id),
    setStoryStatus: ({ id, status, note }) => workflow.setStatus(id, status, note),
    recordCorrection: ({ id, note }) => workflow.recordCorrection(id, note),
    updateStoryDetails: (input) => workflow.updateDetails(input),
  };
}

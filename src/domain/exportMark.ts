/** When a group was last put in a file on this device. */
export interface ExportMark {
  /** Wall time of the export (ISO). */
  readonly at: string;
  /** This device's clock then: later changes are not in that file. */
  readonly stamp: string;
}

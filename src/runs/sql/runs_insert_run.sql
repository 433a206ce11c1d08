-- One row of history.runs for the finished run; the headline figures are bound from summary.json.
insert into history.runs values (
  $run_id, $campaign, $phase, $phase_label, $started_at::timestamp, now()::timestamp, $config_hash, $code_version,
  $scope_json, $out_dir, $records_in, $quarantined, $registrations, $persons, $compared, $consistent,
  $discrepant, $not_found, $ambiguous, $invalid, $pids_to_assign, $pid_conflicts, $summary_json
);

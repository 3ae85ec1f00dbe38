/**
 * SQL for a derived table `(mobilisation_id, volunteer_id)`: the volunteers called up by the
 * mobilisations in `ids` (an SQL int[] expression), each once: called up by name, or a member of a
 * called-up team at some time during the period. The one place that says who a mobilisation
 * called up (its volunteers, their count and the hours that may count toward it read it).
 */
export function calledUpVolunteers(ids: string): string {
  return `(SELECT mv.mobilisation_id, mv.volunteer_id FROM volunteers.mobilisation_volunteer mv WHERE mv.mobilisation_id = ANY(${ids})
           UNION
           SELECT mt.mobilisation_id, tm.volunteer_id
           FROM volunteers.mobilisation_team mt
           JOIN volunteers.mobilisation mo ON mo.id = mt.mobilisation_id
           JOIN volunteers.team_membership tm ON tm.team_id = mt.team_id
            AND tm.joined_on <= coalesce(mo.ends_on, 'infinity'::date) AND (tm.left_on IS NULL OR tm.left_on > mo.starts_on)
           WHERE mt.mobilisation_id = ANY(${ids}))`;
}

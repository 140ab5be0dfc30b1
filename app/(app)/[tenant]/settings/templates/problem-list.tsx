"use client";

import { useTranslations } from "next-intl";
import type { TemplateError } from "@/lib/mail/templates";

/**
 * Lists the validation problems of one field in words. A problem at a known place gets a
 * button that selects it in the field.
 */
export function ProblemList({
  id,
  problems,
  onShow,
}: {
  id: string;
  problems: TemplateError[];
  onShow: (problem: TemplateError) => void;
}) {
  const t = useTranslations("templates.editor");
  const translate = useTranslations();
  if (problems.length === 0) return null;

  return (
    <ul id={id} className="space-y-1 text-sm text-red-700">
      {problems.map((problem, position) => {
        const messageId = `${id}-${position}`;
        return (
          <li key={`${problem.code}-${problem.index ?? position}`} className="flex flex-wrap items-baseline gap-x-2">
            <span id={messageId}>{translate(problem.key, problem.values)}</span>
            {problem.index !== undefined ? (
              <button
                type="button"
                onClick={() => onShow(problem)}
                aria-describedby={messageId}
                className="text-red-800 underline focus-visible:outline-2 focus-visible:outline-red-700"
              >
                {t("showProblem")}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

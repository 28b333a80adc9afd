import type { InputHTMLAttributes } from 'react';
import { Input, Label, Text, TextField } from 'react-aria-components';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  errors?: string[] | undefined;
  hint?: string;
};

/**
 * A labelled text input on react-aria's TextField: the label, the hint and the errors are tied to the input
 * (aria-describedby, aria-invalid) by the library, and the errors are announced when they appear.
 */
export function Field({ label, errors, hint, ...input }: FieldProps) {
  const isInvalid = Boolean(errors?.length);
  return (
    // The form's own value and change handler stay on the input; validation is the server's, shown as given.
    <TextField className="field" isInvalid={isInvalid} validationBehavior="aria">
      <Label>{label}</Label>
      <Input {...input} />
      {hint ? (
        <Text slot="description" elementType="small" className="hint">
          {hint}
        </Text>
      ) : null}
      {isInvalid ? (
        <Text slot="errorMessage" elementType="small" className="error" role="alert">
          {errors?.join(' ')}
        </Text>
      ) : null}
    </TextField>
  );
}
